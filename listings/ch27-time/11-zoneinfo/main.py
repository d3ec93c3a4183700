from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

pacific = ZoneInfo("America/Los_Angeles")
korea = ZoneInfo("Asia/Seoul")
nepal = ZoneInfo("Asia/Kathmandu")

# localize도 normalize도 없다: 생성자에 바로 넣는다
sf_dt = datetime(2022, 12, 12, 12, 12, 12, tzinfo=pacific)
print(sf_dt, sf_dt.astimezone(timezone.utc))
print(sf_dt.astimezone(korea), sf_dt.astimezone(nepal))

# 옛 이름도 열리고, 준 이름을 그대로 기억한다
print(ZoneInfo("Asia/Katmandu").key, sf_dt.astimezone(ZoneInfo("Asia/Katmandu")))

# utcfromtimestamp(ts) 대신: aware UTC datetime을 돌려준다
print(datetime.fromtimestamp(1673979762, tz=timezone.utc))

# 두 번 있는 01:30: fold=0이 앞(PDT), fold=1이 뒤(PST)
for fold in (0, 1):
    dt = datetime(2023, 11, 5, 1, 30, tzinfo=pacific, fold=fold)
    print(f"fold={fold}", dt, dt.tzname(), dt.astimezone(timezone.utc))

# 없는 02:30: 예외 없이 오프셋 하나를 붙인다. UTC로 왕복하면 드러난다
gap = datetime(2023, 3, 12, 2, 30, tzinfo=pacific)
print(gap, gap.astimezone(timezone.utc).astimezone(pacific))

# 산술은 벽시계 기준: 00:30 PDT + 2시간 = 02:30 PST. 실제로 흐른 시간은 3시간
before = datetime(2023, 11, 5, 0, 30, tzinfo=pacific)
wall = before + timedelta(hours=2)
print(wall, wall.timestamp() - before.timestamp())
# 흐른 시간을 더하려면 UTC에서 더하고 다시 옮긴다
print((before.astimezone(timezone.utc) + timedelta(hours=2)).astimezone(pacific))
