package vnetlab.e2e;

import java.nio.file.Path;

/** The kernel launched by the JDK that runs the build (JDK 17 on the course's machines), driven by jupyter_client. */
class KernelOnDefaultJdkTest extends KernelProtocolContract {
    @Override
    Path java() {
        return Jupyter.currentJava();
    }

    @Override
    String kernelName() {
        return "vnetlab";
    }
}
