import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_7ad2f7f9cda4678ae42e8e1ad543cfc04167271f {
    static final String base64Bytes = String.join("", "Ly8gQSBkZWxpYmVyYXRlbHkgbm9uLWNvbXBsaWFudCB2YXJpYW50IG9mIHRoZSBjb2NrcGl0OiB0aGUgZ2FwcyByZXZpZXdlcnMgZmluZCBtb3N0IG9mdGVuLgovLyBFeHBlY3RlZCBmaW5kaW5ncyBhcmUgbGlzdGVkb25pIGNjIGtwaXQtZ2Fwcy5leHBlY3RlZCBuZXh0IHRvIHRwaXQtZ2Fwcy5leHBlY3RlZCBuZXh0IHRvIHRoaXMgZmlsZS4KaW1wb3J0ICJzb2MuYXYJCX0KCQlpbnB1dCBrZXlzIHsKCQkJa2luZCBidXR0b25zCgkJfQoJCXNvdW5kIGF1ZGlvIHsKCQkJc3RyZWFtIHBsYXliYWNrIGNoYW5uZWxzIDIKCQkJc3RyZWFtIGNhcHR1cmUgY2hhbm5lbHMgMQowIGVycm9yKHMpIGRyaXZlci12bSBkcml2ZXIKCQl9CgkJdmlkZW8gZGVjb2RlciB7CgkJCWRpcmVjdGlvbiBkZWNvZGVyCgkJfQoJdmlydGlvLWZzCgkJCSdhZyAibWVkaWEiCgkJCXJlYWQtb25seQoJCQliYWNrZW5kIGhvc3QtcGF0aCAiL3Nydi9tZWRpYSIKCQl9CgkJY29uc29sZSBodmMwCgkJdGVlIG9wdGVlIHsKCQkJaW1wbGVtZW50YXRpb24gIm9wdGVlIgoJCX0KCQlycG1iIHJwbWIwCgkJd2F0Y2hkb2cgd2R0MCB7CgkJPDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDzIPDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8CW1vZGVsIHNwODA1CgkJCWFjdGlvbiByZXNldAoJCX0KCQl2c29jayB2c29jazAgewoJCQljaWQgNQoJCX0KCQlzY21pIHNjbWkwIHsKCQkJcHJvdG9jb2xzIHBvd2VyLCBwZXJmb3JtYW5jZSwgY2xvY2sKCQl9Cgl9CgoJdnNvY2stY2hhbm5lbCB2ZWhpY2xlX3N0YXR1cyBmcm9tIGNsdXN0ZXIgdG8gaXZpIHBvcnQgNTAwMCB7CgkJd2FpdmUgIkFWUFMtMi4wLVZTT0NLLTMiIGJlY2F1c2UgIkNsdXN0ZXIgYW5kIElWSSBleGNoYW5nZSB2ZWhpY2xlIHN0YXR1cyBvdmVyIHZzb2NrIG9ubHk7IElQIGJldHdlZW4gdGhlbSBpcyBub3Qgd2FudGVkLiIKCX0KCXNoYXJlZC1lZW1vcnkgcmVhcl9jYW1lcmEgc2l6ZSAxNiBNaUIgb3duZXIgZHJpdmVyIHsKCQlwZWVyIGNsdXN0ZXIgcm8KCX0KfQo=");

    public static void main(String[] args) throws Throwable {
        Crash_7ad2f7f9cda4678ae42e8e1ad543cfc04167271f.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = org.avpstudio.benchmarks.fuzz.CliFuzzTarget.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = org.avpstudio.benchmarks.fuzz.CliFuzzTarget.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        org.avpstudio.benchmarks.fuzz.CliFuzzTarget.fuzzerTestOneInput(input);
    }
}