import subprocess
import time

start = time.perf_counter()
sleep_procs = []
for i in range(10):
    proc = subprocess.Popen(f"sleep {(i + 1) / 10}", shell=True)
    sleep_procs.append(proc)

for proc in sleep_procs:
    proc.communicate()  # communicate()를 해주면 서브프로세스가 종료될때까지 대기

end = time.perf_counter()
delta = end - start
print(f"{int(delta * 10) / 10} 초만에 끝남")  # 0.1초 단위로 버림
