import subprocess
import sys

# 자식은 stdin을 끝까지 읽고, 줄 수와 대문자로 바꾼 내용을 찍는다
CHILD = "import sys; t = sys.stdin.read(); print(len(t.splitlines()), '줄'); print(t.upper(), end='')"
args = [sys.executable, "-c", CHILD]

# input=: 문자열을 자식의 stdin으로 보내고 stdin을 닫는다 (자식은 EOF를 본다)
result = subprocess.run(
    args, input="hello\nworld\n", capture_output=True, encoding="utf-8", check=True
)
print(repr(result.stdout))

# check_output: stdout만 돌려주고, 실패는 CalledProcessError로
print(repr(subprocess.check_output(args, input="안녕\n", encoding="utf-8")))
