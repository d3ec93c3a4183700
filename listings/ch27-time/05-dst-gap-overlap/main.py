from datetime import datetime

import pytz

pacific = pytz.timezone("America/Los_Angeles")

gap = datetime(2023, 3, 12, 2, 30)  # 02:00 -> 03:00으로 건너뛴다: 없는 시각
overlap = datetime(2023, 11, 5, 1, 30)  # 02:00 -> 01:00으로 되돌아간다: 두 번 있는 시각

for naive in (gap, overlap):
    print(naive)
    print("  localize(naive)              :", pacific.localize(naive))
    print("  localize(naive, is_dst=True) :", pacific.localize(naive, is_dst=True))
    print("  localize(naive, is_dst=False):", pacific.localize(naive, is_dst=False))
    try:
        pacific.localize(naive, is_dst=None)
    except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError) as e:
        print("  localize(naive, is_dst=None) :", type(e).__name__)
