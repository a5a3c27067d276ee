#!/usr/bin/python3
"""The official Jupyter kernel conformance suite (Debian's python3-jupyter-kernel-test, used as installed) with
samples for the vnetlab kernel. Every test of the suite has a sample here, so none is skipped for a missing one.

    JUPYTER_PATH=/tmp/p/share/jupyter VNETLAB_KERNEL=vnetlab /usr/bin/python3 -m unittest -v conformance_vnetlab
"""

import os
import unittest

import jupyter_kernel_test


class VnetlabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("VNETLAB_KERNEL", "vnetlab")
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("careful: stderr");'

    completion_samples = [
        {"text": "Integer.MAX_", "matches": {"MAX_VALUE"}},
        {"text": "Math.ma"},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "class Box { int size; }", 'lab("intro")']
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "Math.max(1,", "int y ="]
    invalid_code_samples = ["int x = ;", "int z = 1; int w = );"]

    code_page_something = "help(Lab.class)"
    code_generate_error = 'throw new IllegalStateException("no route to 10.0.0.9");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "40 + 2L", "result": "42"},
    ]
    code_display_data = [
        {"code": 'display("shown with display()");', "mime": "text/plain"},
    ]
    code_history_pattern = "6 * *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = "clearOutput();"


if __name__ == "__main__":
    unittest.main(verbosity=2)
