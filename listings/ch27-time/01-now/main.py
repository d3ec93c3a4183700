import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ts = time.time()  # 1970-01-01 00:00:00 UTC 이후 흐른 초: 어느 나라에서 재도 같은 값
now_utc = datetime.now(timezone.utc)
now_seoul = now_utc.astimezone(ZoneInfo("Asia/Seoul"))
now_naive = datetime.now()  # 이 컴퓨터(TZ)의 벽시계 시각, 시간대 정보는 없다

print("timestamp :", ts)
print("UTC       :", now_utc)
print("Seoul     :", now_seoul)
print("naive     :", now_naive, now_naive.tzinfo)
print("같은 순간?", now_utc == now_seoul)
print("서울의 Δ  :", now_seoul.utcoffset())
