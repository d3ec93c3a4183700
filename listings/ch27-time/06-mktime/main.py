import datetime
import time

str_dt = "2023-01-18 03:22:42"

dt = datetime.datetime.strptime(str_dt, "%Y-%m-%d %H:%M:%S")
ts = time.mktime(dt.timetuple())  # dt를 이 컴퓨터(TZ)의 지역 시간으로 읽는다

print(dt)
print(type(dt))
print(ts)
print(type(ts))
