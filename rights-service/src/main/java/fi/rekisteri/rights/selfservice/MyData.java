package fi.rekisteri.rights.selfservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What the register holds on the logged-in person: her email and the records found by it. */
public record MyData(String email, List<JsonNode> records) {}
