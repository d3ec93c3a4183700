import subprocess
import time

start = time.perf_counter()
sleep_procs = []
for i in range(10):
    # 셸 없이 sleep을 직접 띄운다: kill()이 sleep 자신에게 닿도록
    proc = subprocess.Popen(["sleep", f"{(i + 1) / 10}"])
    sleep_procs.append(proc)

try:
    sleep_procs[3].communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(f"{type(e).__name__}: {e}")
    sleep_procs[3].kill()
    sleep_procs[3].communicate()  # kill 뒤에 한 번 더 기다려야 자식이 거둬진다

end = time.perf_counter()
delta = end - start
print(f"{int(delta * 10) / 10} 초만에 끝남")
print("3번 종료 상태", sleep_procs[3].returncode)

for proc in sleep_procs:  # 남은 자식도 죽이고 거둔다: 좀비를 남기지 않는다
    proc.kill()
    proc.wait()
