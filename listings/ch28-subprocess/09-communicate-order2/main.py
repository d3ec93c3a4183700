import subprocess

sleep_procs = []
for i in range(10):
    proc = subprocess.Popen(f"sleep {(i + 1) / 10}", shell=True)
    sleep_procs.append(proc)


def status():
    """0번(0.1초), 3번(0.4초), 9번(1.0초) 자식이 끝났는지"""
    return ", ".join(
        f"{i}번 {'도는 중' if sleep_procs[i].poll() is None else '끝남'}"
        for i in (0, 3, 9)
    )


sleep_procs[0].communicate()
print("0번을 기다린 뒤:", status())

sleep_procs[9].communicate()
print("9번을 기다린 뒤:", status())

sleep_procs[3].communicate()
print("3번을 기다린 뒤:", status())

for proc in sleep_procs:  # 나머지도 거둔다
    proc.wait()
