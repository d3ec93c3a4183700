import subprocess
import sys

# 자식은 stdout에 1 MB를 쓴다. 파이프 버퍼(리눅스 기본 64 KiB)보다 훨씬 크다
CHILD = "import sys; sys.stdout.write('x' * 1_000_000)"

proc = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE)
try:
    # wait()는 파이프를 읽지 않는다: 자식은 파이프가 비기를, 부모는 자식이 끝나기를 기다린다
    proc.wait(timeout=0.5)
except subprocess.TimeoutExpired:
    print("wait(): 0.5초가 지나도 끝나지 않는다. poll() =", proc.poll())

# communicate()는 파이프를 끝까지 읽으면서 기다린다
out, err = proc.communicate()
print("communicate():", len(out), "바이트, 종료 상태", proc.returncode)
