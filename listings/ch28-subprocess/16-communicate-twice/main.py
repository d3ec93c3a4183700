import subprocess
import sys

# 출력 파이프가 있는 자식에게 communicate()를 두 번 부르면?
cases = {
    "stdout, 바이트": {},
    "stdout, 텍스트": {"encoding": "utf-8"},
    "stdout+stderr": {"stderr": subprocess.PIPE},
}
for label, pipes in cases.items():
    proc = subprocess.Popen(
        [sys.executable, "-c", "print('hi')"], stdout=subprocess.PIPE, **pipes
    )
    first = proc.communicate()
    try:
        print(f"{label}: {first} -> {proc.communicate()}")
    except ValueError as e:
        print(f"{label}: {first} -> ValueError: {e}")
