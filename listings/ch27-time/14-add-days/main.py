from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

pacific = ZoneInfo("America/Los_Angeles")
# 서머타임이 시작되기 전날 정오(PST)
start = datetime(2023, 3, 11, 12, 0, tzinfo=pacific)

# + timedelta(days=1)은 벽시계 기준: 다음 날 같은 시각. 실제로 흐른 시간은 23시간
tomorrow = start + timedelta(days=1)
print(tomorrow, tomorrow.timestamp() - start.timestamp())

# 같은 tzinfo끼리의 뺄셈도 벽시계 기준이라 "하루"가 나온다
print(tomorrow - start)

# 정확히 24시간 뒤는 UTC에서 더하고 다시 옮긴다
print((start.astimezone(timezone.utc) + timedelta(hours=24)).astimezone(pacific))
