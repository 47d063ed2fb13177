# One kernel's life through jupyter_client, as a notebook front end lives it; prints one JSON line.
# usage: kernel_timing.py KERNEL_NAME INTERRUPTS [--start-only]
# Times in ms: start (start_kernel -> reply to the first cell), interrupts (interrupt -> reply of a
# busy loop), restart (restart_kernel -> reply to the first cell after it), shutdown (shutdown_kernel
# -> the process has exited); stuck: an interrupt left the busy loop running (no restart or shutdown then). Run by civkit's bench (dev.civkit.bench.KernelTiming).
import json, os, queue, sys, time
from jupyter_client.manager import KernelManager

def reply_to(kc, msg_id, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg['parent_header'].get('msg_id') == msg_id:
            return msg

def first_result(kc):
    kc.wait_for_ready(timeout=120)
    reply = reply_to(kc, kc.execute('1 + 1'))
    if reply['content']['status'] != 'ok':
        raise SystemExit('first cell failed: %s' % reply['content'])

name, interrupts = sys.argv[1], int(sys.argv[2])
start_only = '--start-only' in sys.argv
out = {'kernel': name}
km = KernelManager(kernel_name=name)
try:
    t0 = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    first_result(kc)
    out['start'] = (time.monotonic() - t0) * 1000
    if not start_only:
        out['interrupts'] = []
        for _ in range(interrupts):
            msg_id = kc.execute('while (true) { }')
            time.sleep(1.0)
            t0 = time.monotonic()
            km.interrupt_kernel()
            try:
                reply_to(kc, msg_id, timeout=30)
            except queue.Empty:
                out['stuck'] = True  # the loop still runs: no restart to time, the kernel is killed below
                break
            out['interrupts'].append((time.monotonic() - t0) * 1000)
        if not out.get('stuck'):
            # The kernel must still answer after an interrupt.
            reply_to(kc, kc.execute('2 + 2'))
            t0 = time.monotonic()
            km.restart_kernel(now=False)
            first_result(kc)
            out['restart'] = (time.monotonic() - t0) * 1000
    kc.stop_channels()
    if out.get('stuck'):
        km.shutdown_kernel(now=True)
    else:
        t0 = time.monotonic()
        km.shutdown_kernel(now=False)
        out['shutdown'] = (time.monotonic() - t0) * 1000
except BaseException:
    # Its whole process group, so no kernel outlives this script (a launcher's child would hold the bench's pipe).
    km.shutdown_kernel(now=True)
    raise
print('RESULT ' + json.dumps(out), flush=True)
os._exit(0)  # skips jupyter_client's noisy destructors at interpreter exit
