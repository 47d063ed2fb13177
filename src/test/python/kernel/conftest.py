"""A civkit kernel started by jupyter_client as Jupyter starts one (kernelspec, connection file, ZeroMQ)."""

import pytest
from jupyter_client.manager import start_new_kernel

import wire


@pytest.fixture(scope="module")
def kernel(jupyter_env):
    """One kernel for a module's tests: a wire.Kernel (client, execute, request)."""
    km, kc = start_new_kernel(kernel_name="civkit", startup_timeout=120)
    yield wire.Kernel(kc)
    kc.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.fixture
def fresh_kernel(jupyter_env):
    """A kernel no cell has run on yet, for what a first cell shows."""
    km, kc = start_new_kernel(kernel_name="civkit", startup_timeout=120)
    yield wire.Kernel(kc)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
