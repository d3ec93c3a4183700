from multiprocessing import Process, shared_memory


def shout(name):
    # 이름으로 부모가 만든 그 메모리를 연다: 복사가 아니라 같은 바이트다
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = bytes(shm.buf[:5]).upper()
    shm.close()


def bump(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] += 1
    sl[1] = "바뀜"  # 처음보다 길지 않은 문자열만 들어간다(자리가 고정돼 있다)
    sl.shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    shm.buf[:5] = b"hello"
    p = Process(target=shout, args=(shm.name,))
    p.start()
    p.join()
    print(bytes(shm.buf[:5]))
    shm.close()
    shm.unlink()  # 만든 쪽이 지운다: 지우지 않으면 프로세스가 끝나도 남는다

    sl = shared_memory.ShareableList([41, "처음 값", 2.5])
    p = Process(target=bump, args=(sl.shm.name,))
    p.start()
    p.join()
    print(list(sl))
    sl.shm.close()
    sl.shm.unlink()
