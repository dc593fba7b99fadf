package fi.rekisteri.register.demo;

import static fi.rekisteri.register.demo.DemoJson.source;
import static fi.rekisteri.register.demo.DemoJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.invoice.InvoiceRequest;
import fi.rekisteri.register.invoice.InvoiceService;
import fi.rekisteri.register.invoice.PaymentRequest;
import fi.rekisteri.register.order.OrderRequest;
import fi.rekisteri.register.order.OrderService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's orders, and its invoices with their payments, created through the register's services
 * inside {@link DemoData}'s transaction.
 */
@ApplicationScoped
public class DemoCommerce {

  private final ObjectMapper mapper;
  private final OrderService orders;
  private final InvoiceService invoices;

  public DemoCommerce(ObjectMapper mapper, OrderService orders, InvoiceService invoices) {
    this.mapper = mapper;
    this.orders = orders;
    this.invoices = invoices;
  }

  /** Creates the orders; their ids by the demo file's order numbers. */
  Map<String, UUID> orders(
      JsonNode data, Map<String, UUID> organisationIds, Map<String, UUID> contactIds) {
    Map<String, UUID> orderIds = new HashMap<>();
    for (JsonNode o : data.get("orders")) {
      orderIds.put(
          o.get("number").asText(),
          orders
              .create(
                  new OrderRequest(
                      o.get("number").asText(),
                      LocalDate.parse(o.get("orderDate").asText()),
                      organisationIds.get(text(o, "organisation")),
                      contactIds.get(o.get("contact").asText()),
                      text(o, "worksite"),
                      text(o, "summary"),
                      new BigDecimal(o.get("total").asText()),
                      "EUR",
                      source(mapper, o.get("source"))))
              .id());
    }
    return orderIds;
  }

  /** Creates the invoices, each paid one with its payment. */
  void invoices(
      JsonNode data,
      Map<String, UUID> organisationIds,
      Map<String, UUID> contactIds,
      Map<String, UUID> orderIds) {
    for (JsonNode i : data.get("invoices")) {
      UUID id =
          invoices
              .create(
                  new InvoiceRequest(
                      i.get("number").asText(),
                      orderIds.get(i.get("order").asText()),
                      organisationIds.get(text(i, "organisation")),
                      contactIds.get(i.get("contact").asText()),
                      LocalDate.parse(i.get("issueDate").asText()),
                      LocalDate.parse(i.get("dueDate").asText()),
                      new BigDecimal(i.get("amount").asText()),
                      i.get("referenceNumber").asText()))
              .id();
      if (text(i, "paid") != null) {
        invoices.recordPayment(
            id,
            new PaymentRequest(
                LocalDate.parse(i.get("paid").asText()), new BigDecimal(i.get("amount").asText())));
      }
    }
  }
}
