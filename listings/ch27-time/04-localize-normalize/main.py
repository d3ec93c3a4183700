from datetime import datetime, timedelta

import pytz

pacific = pytz.timezone("America/Los_Angeles")
korea = pytz.timezone("Asia/Seoul")

# 함정 1: 생성자의 tzinfo=에 pytz 시간대를 넣으면 1883년 이전의 지방 평균시(LMT)가 붙는다
print(datetime(2022, 12, 12, 12, 12, 12, tzinfo=pacific))
print(pacific.localize(datetime(2022, 12, 12, 12, 12, 12)))

# 함정 2: 산술은 오프셋을 고치지 않는다. DST 경계를 넘었으면 normalize
before = pacific.localize(datetime(2023, 3, 12, 1, 30))
after = before + timedelta(hours=1)
print(before)
print(after)  # 서머타임이 시작되어 이 지역에 존재하지 않는 벽시계 시각
print(pacific.normalize(after))

# astimezone은 이미 올바른 오프셋을 고른다: 그 뒤의 normalize는 아무것도 바꾸지 않는다
korea_dt = before.astimezone(korea)
print(korea_dt)
print(korea.normalize(korea_dt))
