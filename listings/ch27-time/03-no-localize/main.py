from datetime import datetime

import pytz

arrival_sf = "2022-12-12 12:12:12"

# 우선 datetime형태로 변경
dt_arrival_sf = datetime.strptime(arrival_sf, "%Y-%m-%d %H:%M:%S")

pacific = pytz.timezone("America/Los_Angeles")
korea = pytz.timezone("Asia/Seoul")
nepal = pytz.timezone("Asia/Kathmandu")

# sf_dt = pacific.localize(dt_arrival_sf)  <- 이 줄을 빼먹으면
print(dt_arrival_sf.tzinfo)  # None: 시간대가 없는(naive) datetime

## naive datetime의 astimezone은 그 시각을 이 컴퓨터의 지역 시간(TZ)으로 읽는다
utc_dt = pytz.utc.normalize(dt_arrival_sf.astimezone(pytz.utc))
print(utc_dt)

korea_dt = korea.normalize(dt_arrival_sf.astimezone(korea))
print(korea_dt)

nepal_dt = nepal.normalize(dt_arrival_sf.astimezone(nepal))
print(nepal_dt)
