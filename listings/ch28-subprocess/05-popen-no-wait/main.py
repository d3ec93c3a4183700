import subprocess
import time

start = time.perf_counter()
proc = subprocess.Popen("sleep 0.5", shell=True)
end = time.perf_counter()

print(f"{end - start:.3f}초 소모")  # 노트가 찍은 숫자: 실행마다 다르다
# 0.5초 자는 자식을 띄웠다. Popen은 자식이 끝나기를 기다리지 않고 돌아온다
print("Popen이 돌아왔을 때 자식은 아직 도는 중:", proc.poll() is None)
print("0.5초를 기다렸나:", end - start >= 0.5)
