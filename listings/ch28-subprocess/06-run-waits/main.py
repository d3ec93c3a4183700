import subprocess
import time

start = time.perf_counter()
proc = subprocess.run("sleep 0.5", shell=True)
elapsed = time.perf_counter() - start

# run은 자식이 끝날 때까지 기다린다
print("run이 돌아왔을 때 0.5초가 지났나:", elapsed >= 0.5)
print("종료 코드:", proc.returncode)
