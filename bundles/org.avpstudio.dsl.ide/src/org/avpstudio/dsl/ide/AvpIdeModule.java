package org.avpstudio.dsl.ide;

/** Guice bindings of the .avp IDE services (content assist, hover, code actions) shared by every editor host. */
public class AvpIdeModule extends AbstractAvpIdeModule {
}
