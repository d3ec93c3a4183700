from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytz

pacific_zi = ZoneInfo("America/Los_Angeles")
pacific_pytz = pytz.timezone("America/Los_Angeles")

gap = datetime(2023, 3, 12, 2, 30)  # 없는 시각
overlap = datetime(2023, 11, 5, 1, 30)  # 두 번 있는 시각

for naive in (gap, overlap):
    print(naive)
    # zoneinfo: fold가 고른다. 0은 전환 앞의 오프셋, 1은 전환 뒤의 오프셋
    for fold in (0, 1):
        dt = naive.replace(tzinfo=pacific_zi, fold=fold)
        label = f"fold={fold}".ljust(13)
        print(f"  {label}: {dt} = {dt.astimezone(timezone.utc)}")
    # pytz: is_dst가 고른다. None이면 고르지 않고 예외
    for is_dst in (True, False, None):
        label = f"is_dst={is_dst}".ljust(13)
        try:
            dt = pacific_pytz.localize(naive, is_dst=is_dst)
            print(f"  {label}: {dt} = {dt.astimezone(timezone.utc)}")
        except pytz.InvalidTimeError as e:
            print(f"  {label}: {type(e).__name__}")
