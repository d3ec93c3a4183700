import time
from datetime import datetime

import pytz

arrival_sf = "2022-12-12 12:12:12"

# 우선 datetime형태로 변경
dt_arrival_sf = datetime.strptime(arrival_sf, "%Y-%m-%d %H:%M:%S")

pacific = pytz.timezone("America/Los_Angeles")  # 노트: eastern = ...('US/Pacific')
korea = pytz.timezone("Asia/Seoul")
nepal = pytz.timezone("Asia/Kathmandu")  # 노트: 'Asia/Katmandu' (옛 별칭)

## 우선 arrival_sf 시간이 샌프란시스코 기준시간이라는 것을 설정해주기
sf_dt = pacific.localize(dt_arrival_sf)  # 벽시계 시각은 그대로 두고 시간대만 붙인다
print(sf_dt)

## 샌프란시스코 기준시간을 UTC 데이터로 변경하기
utc_dt = pytz.utc.normalize(sf_dt.astimezone(pytz.utc))
print(utc_dt)

korea_dt = korea.normalize(utc_dt.astimezone(korea))
print(korea_dt)

nepal_dt = nepal.normalize(utc_dt.astimezone(nepal))
print(nepal_dt)
print(type(utc_dt))

## 주의할 점: timetuple()이 시간대를 버리고, mktime은 남은 벽시계 시각을
## 이 컴퓨터(TZ=Asia/Seoul)의 지역 시간으로 읽는다. 같은 순간인데 값이 셋이다.
print(time.mktime(utc_dt.timetuple()))
print(time.mktime(korea_dt.timetuple()))
print(time.mktime(nepal_dt.timetuple()))

## aware datetime의 timestamp는 .timestamp()로: 셋 다 같다
print(utc_dt.timestamp(), korea_dt.timestamp(), nepal_dt.timestamp())
