import subprocess
import time

start = time.perf_counter()
proc = subprocess.run("sleep 0.5", shell=True)
end = time.perf_counter()

print(f"{end - start:.3f}초 소모")  # 노트가 찍은 숫자: 실행마다 다르다
# run은 자식이 끝날 때까지 기다린다
print("run이 돌아왔을 때 0.5초가 지났나:", end - start >= 0.5)
print("종료 코드:", proc.returncode)
