import copy
import dataclasses
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


@dataclasses.dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


p = Point(10, 35)
cfg = Config("localhost")

# 값 하나만 바꾼 사본: 도구마다 함수 이름이 달랐다
print(p._replace(y=0))
print(dataclasses.replace(cfg, debug=True))
print(cfg)  # 원본은 그대로다

# 3.13부터는 copy.replace 하나로 둘 다 된다 (3.12까지는 AttributeError)
print(copy.replace(p, y=0))
print(copy.replace(cfg, port=9000))
