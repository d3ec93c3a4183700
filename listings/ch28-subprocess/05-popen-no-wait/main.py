import subprocess
import time

start = time.perf_counter()
proc = subprocess.Popen("sleep 0.5", shell=True)
elapsed = time.perf_counter() - start

# 0.5초 자는 자식을 띄웠다. Popen은 자식이 끝나기를 기다리지 않고 돌아온다
print("Popen이 돌아왔을 때 자식은 아직 도는 중:", proc.poll() is None)
print("0.5초를 기다렸나:", elapsed >= 0.5)
