import subprocess

ok = subprocess.run(["ls", "data"], capture_output=True, encoding="utf-8")
print("returncode:", ok.returncode)
print("stdout:", repr(ok.stdout))

bad = subprocess.run(["ls", "missing"], capture_output=True, encoding="utf-8")
print("returncode:", bad.returncode)
print("stderr:", repr(bad.stderr))

# check=True: 종료 코드가 0이 아니면 CalledProcessError
# capture_output이 없으므로 ls의 오류 메시지는 그대로 화면(stderr)으로 나간다
subprocess.run(["ls", "missing"], check=True)
print("여기는 실행되지 않는다")
