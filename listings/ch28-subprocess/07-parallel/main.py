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
print("가장 오래 자는 자식(1.0초)만큼은 걸렸나:", delta >= 1.0)
print("하나씩 차례로 돌린 합(5.5초)보다 짧게 끝났나:", delta < 5.5)
