import subprocess
import time

proc = subprocess.Popen("sleep 0.6", shell=True)
# 윈도우라면 "timeout 1" 같은 cmd 명령, 리눅스·macOS는 sleep
while proc.poll() is None:
    print("작업 중...")
    # 메인 프로세스에서 시간이 걸리는 작업을 여기서 수행해주면 됨
    time.sleep(0.4)

print("종료 상태", proc.poll())
