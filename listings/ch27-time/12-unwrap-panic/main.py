from datetime import datetime

import pytz

pacific = pytz.timezone("America/Los_Angeles")
gap = datetime(2023, 3, 12, 2, 30)  # 서머타임이 시작되며 건너뛰는 시각

# is_dst=None: 없거나 두 번 있는 시각이면 예외. 잡지 않으면 여기서 멈춘다
print(pacific.localize(gap, is_dst=None))
print("여기는 실행되지 않는다")
