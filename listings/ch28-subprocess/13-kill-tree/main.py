import os
import signal
import subprocess
import sys

# 자식은 손자를 띄우고 기다린다. 손자는 0.5초 잔 뒤 한 줄을 찍는다
GRANDCHILD = "import time; time.sleep(0.5); print('손자: 살아남아 찍는다')"
CHILD = f"""
import subprocess, sys
grandchild = subprocess.Popen([sys.executable, "-c", {GRANDCHILD!r}])
print("자식: 손자를 띄웠다", flush=True)
grandchild.wait()
"""

for new_session in (False, True):
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,  # 손자도 이 파이프를 물려받는다
        encoding="utf-8",
        start_new_session=new_session,
    )
    print(proc.stdout.readline(), end="")  # 손자가 뜬 뒤에야 이 줄이 온다
    if new_session:
        os.killpg(proc.pid, signal.SIGKILL)  # 자식이 이끄는 프로세스 그룹 전체에
    else:
        proc.kill()  # 자식 하나에만
    proc.wait()
    # read()는 파이프의 쓰는 쪽을 쥔 프로세스가 모두 끝나야 돌아온다
    rest = proc.stdout.read()
    print(
        f"start_new_session={new_session}: 자식 {proc.returncode}, 남은 출력 {rest!r}"
    )
