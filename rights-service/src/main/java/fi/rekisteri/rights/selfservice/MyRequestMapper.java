package fi.rekisteri.rights.selfservice;

import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Letter;

/** Builds a request as its data subject sees it. */
final class MyRequestMapper {

  private MyRequestMapper() {}

  static MyRequestView view(DataSubjectRequest request) {
    return new MyRequestView(
        request.id(),
        request.type(),
        request.status(),
        request.channel(),
        request.receivedOn(),
        request.language(),
        request.details(),
        request.deadline().dueDate(),
        request.extension().extended(),
        request.extension().reason(),
        request.resolution().outcome(),
        request.resolution().packageJson() != null,
        request.createdAt(),
        request.closedAt(),
        request.letters().all().stream().map(Letter::view).toList());
  }
}
