#pragma once

#include "adapters/codec/payloadcodec.h"
#include "engine/value.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

#include <nlohmann/json.hpp>

#include <optional>

struct coap_address_t;
struct coap_context_t;
struct coap_pdu_t;
class QSocketNotifier;

namespace twinloom {

class ConfigReader;
class Diagnostics;

namespace Coap {

// Content-Format numbers (RFC 7252 §12.3, RFC 8428).
enum ContentFormat : int {
    TextPlain = 0,
    LinkFormat = 40,
    Json = 50,
    Cbor = 60,
    SenmlJson = 110,
    SenmlCbor = 112,
    NoFormat = -1
};

// Starts libcoap once per process and routes its log to the "twinloom.coap" category.
void initialise();

// Resolves `host` and `port` into `address`; `passive` for the address a server binds to.
bool resolveAddress(const QString &host, int port, bool passive, coap_address_t *address);

QString contentFormatName(int contentFormat); // "application/json"; a number when unknown
// How a payload of that Content-Format decodes; nullopt when no codec reads it.
std::optional<PayloadCodec> codecFor(int contentFormat);
int contentFormatFor(PayloadCodec codec);

// A response code as "4.04 Not Found"; `code` is libcoap's (class << 5 | detail).
QString codeText(int code);
// class × 100 + detail (2.05 → 205): the form ActionResult::code carries.
int codeNumber(int code);

// Decodes a payload of a Content-Format (text, JSON, CBOR, SenML JSON or CBOR).
std::optional<std::vector<DecodedValue>> decode(int contentFormat, const QByteArray &payload,
                                                QString *error);
// Encodes a value as text, JSON or CBOR.
QByteArray encode(const Value &value, int contentFormat);

// Reads an unsigned option (Content-Format, Accept, Max-Age, Observe); nullopt when absent.
std::optional<unsigned> uintOption(const coap_pdu_t *pdu, int option);
// The whole payload of a PDU, reassembled when it came in blocks.
QByteArray payload(const coap_pdu_t *pdu);

// The DTLS pre-shared key of a client or server: {"identity", "key"}.
struct Psk
{
    QByteArray identity;
    QByteArray key;
    bool isSet() const { return !key.isEmpty(); }
};
// The JSON Schema of where a CoAP peer is: "host", "port" and "dtls" ({"identity", "key"}).
nlohmann::json endpointSchema();
// Reads "dtls": {"identity", "key"} from an adapter configuration; errors at their pointers.
std::optional<Psk> readPsk(ConfigReader &config, Diagnostics &diagnostics, bool identityRequired);

} // namespace Coap

// Drives one libcoap context on the thread it lives on: a socket notifier on libcoap's epoll
// descriptor (which also carries its retransmission timer) and a timer for its next deadline,
// both calling coap_io_process() without waiting.
class CoapIo : public QObject
{
    Q_OBJECT

public:
    explicit CoapIo(coap_context_t *context, QObject *parent = nullptr);
    ~CoapIo() override;

    // Processes what is due now and re-arms the deadline timer. From inside a libcoap callback
    // it defers to processSoon().
    void process();
    // Processes on the next turn of the event loop (coalesced).
    void processSoon();
    bool isValid() const { return m_notifier != nullptr; }

private:
    coap_context_t *m_context;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_deadline;
    QTimer m_soon;
    bool m_processing = false;
};

} // namespace twinloom
