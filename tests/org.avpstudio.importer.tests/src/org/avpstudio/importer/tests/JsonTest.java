// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.Json;
import org.junit.Test;

/** JSON read with positions and a record of what was read; malformed and hostile JSON refused with its place. */
public class JsonTest {

	private static final Path FILE = Path.of("vm.json");

	private static String error(String text) {
		try {
			Json.parse(FILE, text);
			fail("accepted: " + text);
			return null;
		} catch (ImportException e) {
			return e.getMessage();
		}
	}

	@Test
	public void valuesKeepTheirPositionsAndUnreadMembersAreListed() throws Exception {
		Json vm = Json.parse(FILE, "{\n  \"cpus\": {\"boot_vcpus\": 2, \"max_vcpus\": 4},\n  \"memory\": {\"size\": 536870912},\n  \"rng\": {\"src\": \"/dev/urandom\"}\n}");
		Json cpus = vm.member("cpus");
		assertEquals(2L, (long) cpus.member("boot_vcpus").longValue());
		assertEquals("vm.json:2:26", cpus.member("boot_vcpus").at().exact());
		assertEquals("536870912", vm.member("memory").member("size").text());
		assertNull(vm.member("disks"));
		List<String> unread = new ArrayList<>();
		vm.unread("", (path, value) -> unread.add(path + "@" + value.at().line()));
		assertEquals(List.of("cpus.max_vcpus@2", "rng@4"), unread);
	}

	@Test
	public void aJsonOptionInsideACommandLineCountsFromWhereItStands() throws Exception {
		Json device = Json.parse(new SourcePosition(FILE, 7, 11), "{\"driver\":\"virtio-rng-pci\",\"id\":\"rng0\"}");
		assertEquals("vm.json:7:21", device.member("driver").at().exact());
		assertEquals(Json.Kind.OBJECT, device.kind());
	}

	@Test
	public void malformedJsonIsRefusedAtItsLineAndColumn() {
		assertTrue(error("{\n  \"a\": 1,\n  \"b\": }"), error("{\n  \"a\": 1,\n  \"b\": }").startsWith("vm.json:3:8: malformed JSON"));
		assertTrue(error(""), error("").startsWith("vm.json:1:1: no JSON value"));
		assertTrue(error("{} {}"), error("{} {}").startsWith("vm.json:1:4: text after the JSON value"));
		assertTrue(error("{\"a\": 1, \"a\": 2}"), error("{\"a\": 1, \"a\": 2}").contains("Duplicate field 'a'"));
	}

	@Test
	public void deepNestingIsRefusedNotOverflowed() {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		assertTrue(error(deep), error(deep).startsWith("vm.json:1:") && error(deep).contains("malformed JSON"));
	}
}
