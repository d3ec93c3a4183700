import datetime
import os
import time


def get_date(mili_time):
    # 이 컴퓨터(TZ)의 지역 시간으로
    dt = datetime.datetime.fromtimestamp(mili_time / 1000.0)
    timeline = str(dt.strftime("%Y-%m-%d %H:%M:%S"))  # (1) 출력형식 지정
    return timeline


print(os.environ["TZ"], get_date(1673979762000))

# 같은 코드, 같은 timestamp라도 컴퓨터의 시간대 설정이 바뀌면 결과가 바뀐다
for tz in ("UTC", "Asia/Kathmandu"):
    os.environ["TZ"] = tz
    time.tzset()  # (유닉스 전용) 바뀐 TZ를 다시 읽게 한다
    print(tz, get_date(1673979762000))
