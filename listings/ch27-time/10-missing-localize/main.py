import datetime

import pytz


def get_date(mili_time):
    utc_dt = datetime.datetime.utcfromtimestamp(mili_time / 1000.0)
    #     utc_dt = pytz.utc.localize(utc_dt) # utc_dt가 UTC 시각이라는 것을

    korea = pytz.timezone("Asia/Seoul")
    # utc_dt가 이 컴퓨터의 지역 시간(TZ)으로 인식된다 (localize를 안 했기 때문)
    korea_dt = korea.normalize(utc_dt.astimezone(korea))

    timeline = str(korea_dt.strftime("%Y-%m-%d %H:%M:%S"))  # (1) 출력형식 지정
    return timeline


print(get_date(1673979762000))
