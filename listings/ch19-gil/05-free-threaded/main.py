import os
import subprocess
import sys
import sysconfig

# 이 인터프리터가 GIL 없이도 돌 수 있게 빌드되었는가 (빌드 설정: 3.12까지는 이 이름이 없어 None)
print("Py_GIL_DISABLED:", sysconfig.get_config_var("Py_GIL_DISABLED"))

# 지금 이 프로세스에서 GIL이 켜져 있는가 (실행 중의 상태: 3.13부터 있는 함수)
if hasattr(sys, "_is_gil_enabled"):
    print("sys._is_gil_enabled():", sys._is_gil_enabled())
else:
    print("sys._is_gil_enabled: 없다 (3.13부터)")

# 같은 인터프리터를 PYTHON_GIL=0(GIL을 꺼라)으로 다시 실행해 본다
env = dict(os.environ, PYTHON_GIL="0")
child = subprocess.run(
    [sys.executable, "-c", "print('돌았다')"], env=env, capture_output=True, text=True
)
first_line = (child.stdout or child.stderr).splitlines()[0]
print(f"PYTHON_GIL=0: 종료 코드 {child.returncode}, {first_line}")
