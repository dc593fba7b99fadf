package fi.rekisteri.register.preference;

public enum MarketingChannel {
  EMAIL,
  SMS,
  PHONE,
  POST
}
