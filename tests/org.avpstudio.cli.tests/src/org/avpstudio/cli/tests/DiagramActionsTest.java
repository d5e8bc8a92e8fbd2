// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.avpstudio.diagram.sprotty.ActionCodec;
import org.avpstudio.diagram.sprotty.ActionMessage;
import org.avpstudio.diagram.sprotty.ClientAction;
import org.avpstudio.diagram.sprotty.ClientAction.Move;
import org.avpstudio.diagram.sprotty.DiagramSession;
import org.avpstudio.diagram.sprotty.MalformedActionException;
import org.avpstudio.diagram.sprotty.PaletteEdit;
import org.avpstudio.diagram.sprotty.Point;
import org.avpstudio.diagram.sprotty.SModelElement;
import org.avpstudio.diagram.sprotty.SelectElements;
import org.avpstudio.diagram.sprotty.ServerAction;
import org.avpstudio.diagram.sprotty.ServerAction.AvpStatus;
import org.avpstudio.model.Platform;
import org.junit.Test;

/** The diagram protocol's typed actions: each record has its kind on the wire, and what is no action is refused with why. */
public class DiagramActionsTest {

	@Test
	public void everyActionRecordHasItsKind() {
		List<Class<?>> records = new ArrayList<>();
		collectRecords(ClientAction.class, records);
		collectRecords(ServerAction.class, records);
		assertTrue(records.toString(), records.size() >= 15);
		for (Class<?> record : records) {
			assertNotNull(record + " has no kind", ActionCodec.kind(record));
		}
	}

	private static void collectRecords(Class<?> type, List<Class<?>> records) {
		if (type.isRecord()) {
			records.add(type);
		} else {
			for (Class<?> permitted : type.getPermittedSubclasses()) {
				collectRecords(permitted, records);
			}
		}
	}

	@Test
	public void clientMessagesDecodeIntoTheirRecords() throws Exception {
		ActionMessage device = ActionCodec.decode("{\"clientId\":\"page\",\"action\":{\"kind\":\"addDevice\",\"vm\":\"ivi\",\"deviceClass\":\"BlockDevice\",\"name\":\"disk\"}}");
		assertEquals(new ActionMessage("page", new PaletteEdit.AddDevice("ivi", "BlockDevice", "disk")), device);
		ActionMessage move = ActionCodec.decode("{\"action\":{\"kind\":\"move\",\"moves\":[{\"elementId\":\"vm:ivi\",\"toPosition\":{\"x\":10.5,\"y\":20}}],"
				+ "\"animate\":false,\"finished\":true}}");
		assertEquals(new Move(List.of(new ClientAction.ElementMove("vm:ivi", new Point(10.5, 20))), true), move.action());
		assertEquals("a field the client leaves out is empty", List.of(), ((SelectElements) ActionCodec.decode("{\"action\":{\"kind\":\"elementSelected\"}}").action())
				.deselectedElementsIDs());
	}

	@Test
	public void serverActionsCarryTheirKindAndSelectionsRoundTrip() throws Exception {
		assertEquals("{\"clientId\":\"page\",\"action\":{\"kind\":\"avpStatus\",\"severity\":\"error\",\"message\":\"not changed: 'Zürich'\"}}",
				ActionCodec.encode("page", new AvpStatus("error", "not changed: 'Zürich'")));
		SModelElement.SLabel title = new SModelElement.SLabel("label:title", "vm:ivi#title", "ivi", new Point(10, 18), null, List.of("title"), null);
		SModelElement.SNode vm = new SModelElement.SNode("node:vm", "vm:ivi", new Point(0, 0), new SModelElement.Dimension(150, 62), 44, false, 1, 0,
				List.of("vm"), List.of(title));
		assertEquals("the graph's elements are sent with their own fields, nulls left out",
				"{\"action\":{\"kind\":\"setModel\",\"newRoot\":{\"type\":\"graph\",\"id\":\"platform\",\"children\":[{\"type\":\"node:vm\",\"id\":\"vm:ivi\","
						+ "\"position\":{\"x\":0.0,\"y\":0.0},\"size\":{\"width\":150.0,\"height\":62.0},\"header\":44.0,\"hasRows\":false,\"errors\":1,"
						+ "\"warnings\":0,\"cssClasses\":[\"vm\"],\"children\":[{\"type\":\"label:title\",\"id\":\"vm:ivi#title\",\"text\":\"ivi\","
						+ "\"position\":{\"x\":10.0,\"y\":18.0},\"cssClasses\":[\"title\"]}]}]},\"responseId\":\"\"}}",
				ActionCodec.encode(null, new ServerAction.SetModel(new SModelElement.SGraph("graph", "platform", List.of(vm)), "")));
		SelectElements select = new SelectElements(List.of("vm:ivi"), List.of("vm:cluster"));
		assertEquals(select, ActionCodec.decode(ActionCodec.encode(null, select)).action());
	}

	@Test
	public void whatIsNoActionIsRefusedWithTheReason() {
		assertEquals("not a JSON object: the message is empty", refusal(""));
		assertTrue(refusal("[1]"), refusal("[1]").startsWith("not a JSON object: Expected a com.google.gson.JsonObject but was com.google.gson.JsonArray"));
		assertTrue(refusal("{\"action\":{\"kind\":\"setModel\"}}"), refusal("{\"action\":{\"kind\":\"setModel\"}}").startsWith("unknown action kind 'setModel'"));
		assertEquals("the clientId is not a string", refusal("{\"clientId\":7,\"action\":{\"kind\":\"requestModel\"}}"));
		assertTrue(refusal("{\"action\":{\"kind\":\"open\",\"elementId\":[]}}"),
				refusal("{\"action\":{\"kind\":\"open\",\"elementId\":[]}}").startsWith("a malformed 'open' action: Expected STRING but was BEGIN_ARRAY at path $.elementId"));
	}

	private static String refusal(String message) {
		return assertThrows(MalformedActionException.class, () -> ActionCodec.decode(message)).getMessage();
	}

	@Test
	public void editsRefuseInputTheModelCannotTake() {
		assertEquals("'Zürich' is not a valid name: use letters, digits and _, starting with a letter or _",
				assertThrows(IllegalArgumentException.class, () -> new PaletteEdit.RenameVm("ivi", "Zürich").change()).getMessage());
		assertEquals("'12x' is not a memory size: give a positive number of MiB",
				assertThrows(IllegalArgumentException.class, () -> new PaletteEdit.SetMemory("ivi", "12x").change()).getMessage());
		assertEquals("select a VM first", assertThrows(IllegalArgumentException.class, () -> new PaletteEdit.DeleteVm(null).change()).getMessage());
	}

	/** The Eclipse view hands the session the client's JSON as it comes: what it cannot decode is answered with a status. */
	@Test
	public void theSessionAnswersAnUndecodableMessageWithAStatus() {
		List<String> sent = new ArrayList<>();
		List<Consumer<Platform>> applied = new ArrayList<>();
		DiagramSession session = new DiagramSession(new DiagramSession.Host() {
			@Override
			public void send(String message) {
				sent.add(message);
			}

			@Override
			public void apply(Consumer<Platform> change) {
				applied.add(change);
			}
		});
		session.receive("{\"clientId\":\"page\",\"action\":{\"kind\":\"frobnicate\"}}");
		assertEquals(1, sent.size());
		assertTrue(sent.get(0), sent.get(0).contains("\"kind\":\"avpStatus\",\"severity\":\"error\",\"message\":"
				+ "\"the diagram client sent a message the server does not understand: unknown action kind 'frobnicate'"));
		session.receive("{\"clientId\":\"page\",\"action\":{\"kind\":\"renameVm\",\"vm\":\"ivi\",\"name\":\"Zürich\"}}");
		assertTrue(sent.get(1), sent.get(1).contains("not changed: 'Zürich' is not a valid name"));
		session.receive("{\"clientId\":\"page\",\"action\":{\"kind\":\"addVm\"}}");
		assertEquals("a valid edit goes to the host", 1, applied.size());
	}
}
