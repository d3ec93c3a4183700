import subprocess
import sys

# 자식은 0.5초 잔 뒤 한 줄을 찍는다. 누가 띄웠는지는 인자로 받는다
CHILD = "import sys, time; time.sleep(0.5); print(sys.argv[1] + '의 자식: 깨어났다')"

# run(timeout=): 시간이 다 되면 자식을 죽이고 거둔 뒤에 TimeoutExpired를 다시 던진다
try:
    subprocess.run([sys.executable, "-c", CHILD, "run"], timeout=0.2)
except subprocess.TimeoutExpired:
    print("run: 0.2초 안에 끝나지 않음")

# Popen + communicate(timeout=): 예외를 던질 뿐, 자식은 그대로 살아 있다
proc = subprocess.Popen([sys.executable, "-c", CHILD, "Popen"])
try:
    proc.communicate(timeout=0.2)
except subprocess.TimeoutExpired:
    print("communicate: 0.2초 안에 끝나지 않음, poll() =", proc.poll())
proc.wait()  # 이 자식은 혼자 깨어나 한 줄을 찍고 끝난다
print("부모: 끝")
