package vnetlab.e2e;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The kernel launched by the JDK that runs the build (JDK 17 on the course's machines), driven by jupyter_client,
 * under the POSIX locale ({@code LC_ALL=C}, as in a bare container): on JDK 17 that makes the default charset
 * ASCII, so text beyond ASCII only survives if the kernel encodes its streams as UTF-8 itself.
 */
class KernelOnDefaultJdkTest extends KernelProtocolContract {
    @Override
    Path java() {
        return Jupyter.currentJava();
    }

    @Override
    String kernelName() {
        return "vnetlab";
    }

    @Override
    Map<String, String> environment() {
        Map<String, String> posix = new HashMap<>();
        posix.put("LC_ALL", "C");
        posix.put("LANG", "C");
        posix.put("LC_CTYPE", null);
        return posix;
    }
}
