import datetime


def get_date(mili_time):
    dt = datetime.datetime.utcfromtimestamp(mili_time / 1000.0)  # 3.12부터 경고
    timeline = str(dt.strftime("%Y-%m-%d %H:%M:%S"))  # (1) 출력형식 지정
    return timeline


print(get_date(1673979762000))
