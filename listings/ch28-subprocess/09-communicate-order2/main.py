import subprocess
import time

start = time.perf_counter()
sleep_procs = []
for i in range(10):
    proc = subprocess.Popen(f"sleep {(i + 1) / 10}", shell=True)
    sleep_procs.append(proc)


sleep_procs[0].communicate()

end = time.perf_counter()
delta = end - start
print(f"{int(delta * 10) / 10} 초만에 끝남")

sleep_procs[9].communicate()
end = time.perf_counter()
delta = end - start
print(f"{int(delta * 10) / 10} 초만에 끝남")

sleep_procs[3].communicate()
end = time.perf_counter()
delta = end - start
print(f"{int(delta * 10) / 10} 초만에 끝남")
