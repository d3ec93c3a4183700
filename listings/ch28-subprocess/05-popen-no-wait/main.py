import subprocess
import time

start = time.perf_counter()
proc = subprocess.Popen("sleep 0.1", shell=True)

end = time.perf_counter()
print(f"{int((end - start) * 10) / 10}초 소모")  # 0.1초 단위로 버림
