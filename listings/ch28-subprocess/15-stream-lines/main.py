import subprocess
import sys

# 자식은 한 줄을 찍고, 부모가 답할 때까지 기다렸다가 다음 줄을 찍는다
CHILD = """
import sys
for step in range(1, 4):
    print(f"진행 {step}/3", flush=True)  # flush가 없으면 줄이 자식의 버퍼에 머물 수 있다
    sys.stdin.readline()
print("완료", flush=True)
"""

proc = subprocess.Popen(
    [sys.executable, "-c", CHILD],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    encoding="utf-8",
)
for line in proc.stdout:  # 한 줄이 올 때마다 돈다: 자식이 끝나기를 기다리지 않는다
    print("받음:", line.rstrip("\n"))
    if line.startswith("진행"):
        proc.stdin.write("다음\n")
        proc.stdin.flush()
        print("보냄: 다음")
proc.stdin.close()
print("종료 상태", proc.wait())
