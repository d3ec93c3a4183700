import subprocess

result = subprocess.run("echo hi", capture_output=True, encoding="utf-8", shell=True)
# capture_output=True 로 지정하면 stdout에 실행결과를 저장, 오류는 stderr에 저장
# 윈도우 한국어 콘솔이라면 cp949, 리눅스·macOS의 프로그램은 대개 utf-8

result.check_returncode()
print(result)
print(result.stdout)
