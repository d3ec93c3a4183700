import subprocess
import time

sleep_procs = []
for i in range(10):
    # 셸 없이 sleep을 직접 띄운다: kill()이 sleep 자신에게 닿도록
    proc = subprocess.Popen(["sleep", f"{(i + 1) / 10}"])
    sleep_procs.append(proc)

start = time.perf_counter()
try:
    sleep_procs[9].communicate(timeout=0.1)  # 1.0초 자는 9번을 0.1초만 기다린다
except subprocess.TimeoutExpired as e:
    print(f"{type(e).__name__}: {e}")
    sleep_procs[9].kill()
    sleep_procs[9].communicate()  # kill 뒤에 한 번 더 기다려야 자식이 거둬진다

delta = time.perf_counter() - start
print("9번이 끝날 때(1.0초)까지 기다렸나:", delta >= 1.0)
print("9번 종료 상태", sleep_procs[9].returncode)

for proc in sleep_procs:  # 남은 자식도 죽이고 거둔다: 좀비를 남기지 않는다
    proc.kill()
    proc.wait()
