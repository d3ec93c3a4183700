import shlex
import subprocess

name = "world; echo INJECTED"  # 사용자가 입력한 값이라고 하자

# shell=True: 문자열 전체를 셸(/bin/sh)이 해석한다. ;는 명령 구분자
subprocess.run(f"echo hello {name}", shell=True)

# 리스트로 넘기면 셸이 없다. name은 echo의 인자 하나일 뿐
subprocess.run(["echo", "hello", name])

# 꼭 셸이 필요하다면 shlex.quote로 감싼다
subprocess.run(f"echo hello {shlex.quote(name)}", shell=True)
