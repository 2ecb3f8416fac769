#include "adapters/coap/coapcommon.h"

#include "adapters/tr.h"
#include "engine/configreader.h"

#include <QtCore/QCborArray>
#include <QtCore/QCborMap>
#include <QtCore/QCborValue>
#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSocketNotifier>

#include <coap3/coap.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <mutex>
#include <netdb.h>

namespace twinloom {

namespace {
Q_LOGGING_CATEGORY(lcCoap, "twinloom.coap", QtWarningMsg)

void logHandler(coap_log_t level, const char *message)
{
    QByteArray text(message);
    while (text.endsWith('\n'))
        text.chop(1);
    // libcoap's levels are not ours (an expected reset is an "alert"): what matters reaches the
    // adapters through its nack and event callbacks; the log is for whoever enables it.
    if (level <= LOG_NOTICE)
        qCInfo(lcCoap, "%s", text.constData());
    else
        qCDebug(lcCoap, "%s", text.constData());
}

} // namespace

namespace Coap {

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        coap_startup();
        coap_set_log_handler(&logHandler);
        coap_set_log_level(lcCoap().isDebugEnabled() ? LOG_DEBUG : LOG_NOTICE);
        coap_dtls_set_log_level(LOG_ERR);
    });
}

bool resolveAddress(const QString &host, int port, bool passive, coap_address_t *address)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0);
    addrinfo *found = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints,
                    &found) != 0 ||
        !found)
        return false;
    coap_address_init(address);
    address->size = found->ai_addrlen;
    std::memcpy(&address->addr, found->ai_addr, found->ai_addrlen);
    freeaddrinfo(found);
    return true;
}

QString contentFormatName(int contentFormat)
{
    switch (contentFormat) {
    case TextPlain:
        return QStringLiteral("text/plain;charset=utf-8");
    case LinkFormat:
        return QStringLiteral("application/link-format");
    case Json:
        return QStringLiteral("application/json");
    case Cbor:
        return QStringLiteral("application/cbor");
    case SenmlJson:
        return QStringLiteral("application/senml+json");
    case SenmlCbor:
        return QStringLiteral("application/senml+cbor");
    default:
        return QString::number(contentFormat);
    }
}

std::optional<PayloadCodec> codecFor(int contentFormat)
{
    switch (contentFormat) {
    case NoFormat:
    case TextPlain:
        return PayloadCodec::Text;
    case Json:
        return PayloadCodec::Json;
    case Cbor:
        return PayloadCodec::Cbor;
    case SenmlJson:
        return PayloadCodec::SenML;
    case SenmlCbor:
        return PayloadCodec::SenMLCbor;
    default:
        return std::nullopt;
    }
}

int contentFormatFor(PayloadCodec codec)
{
    switch (codec) {
    case PayloadCodec::Text:
        return TextPlain;
    case PayloadCodec::Json:
        return Json;
    case PayloadCodec::Cbor:
        return Cbor;
    case PayloadCodec::SenML:
        return SenmlJson;
    case PayloadCodec::SenMLCbor:
        return SenmlCbor;
    }
    return Json;
}

QString codeText(int code)
{
    const int cls = (code >> 5) & 0x7;
    const int detail = code & 0x1f;
    const char *reason = "";
    switch (cls * 100 + detail) {
    case 201:
        reason = " Created";
        break;
    case 202:
        reason = " Deleted";
        break;
    case 203:
        reason = " Valid";
        break;
    case 204:
        reason = " Changed";
        break;
    case 205:
        reason = " Content";
        break;
    case 231:
        reason = " Continue";
        break;
    case 400:
        reason = " Bad Request";
        break;
    case 401:
        reason = " Unauthorized";
        break;
    case 402:
        reason = " Bad Option";
        break;
    case 403:
        reason = " Forbidden";
        break;
    case 404:
        reason = " Not Found";
        break;
    case 405:
        reason = " Method Not Allowed";
        break;
    case 406:
        reason = " Not Acceptable";
        break;
    case 408:
        reason = " Request Entity Incomplete";
        break;
    case 412:
        reason = " Precondition Failed";
        break;
    case 413:
        reason = " Request Entity Too Large";
        break;
    case 415:
        reason = " Unsupported Content-Format";
        break;
    case 500:
        reason = " Internal Server Error";
        break;
    case 501:
        reason = " Not Implemented";
        break;
    case 502:
        reason = " Bad Gateway";
        break;
    case 503:
        reason = " Service Unavailable";
        break;
    case 504:
        reason = " Gateway Timeout";
        break;
    default:
        break;
    }
    return QStringLiteral("%1.%2%3")
        .arg(cls)
        .arg(detail, 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(reason));
}

int codeNumber(int code)
{
    return ((code >> 5) & 0x7) * 100 + (code & 0x1f);
}

std::optional<std::vector<DecodedValue>> decode(int contentFormat, const QByteArray &payload,
                                                QString *error)
{
    const auto codec = codecFor(contentFormat);
    if (!codec) {
        *error = Adapters::Tr::tr("no codec reads the content format %1")
                     .arg(contentFormatName(contentFormat));
        return std::nullopt;
    }
    return decodePayload(*codec, payload, error);
}

QByteArray encode(const Value &value, int contentFormat)
{
    return encodePayload(codecFor(contentFormat).value_or(PayloadCodec::Json), value);
}

std::optional<unsigned> uintOption(const coap_pdu_t *pdu, int option)
{
    coap_opt_iterator_t it;
    const coap_opt_t *opt = coap_check_option(pdu, static_cast<coap_option_num_t>(option), &it);
    if (!opt)
        return std::nullopt;
    return coap_decode_var_bytes(coap_opt_value(opt), coap_opt_length(opt));
}

QByteArray payload(const coap_pdu_t *pdu)
{
    size_t length = 0;
    size_t offset = 0;
    size_t total = 0;
    const uint8_t *data = nullptr;
    if (!coap_get_data_large(pdu, &length, &data, &offset, &total) || !data)
        return {};
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
}

nlohmann::json endpointSchema()
{
    return nlohmann::json::parse(R"json({
      "host": {"type": "string", "minLength": 1},
      "port": {"type": "integer", "minimum": 1, "maximum": 65535},
      "dtls": {
        "type": "object",
        "required": ["key"],
        "properties": {"identity": {"type": "string"}, "key": {"type": "string", "minLength": 1}}
      }
    })json");
}

std::optional<Psk> readPsk(ConfigReader &config, Diagnostics &diagnostics, bool identityRequired)
{
    const nlohmann::json &json = config.json();
    auto dtls = json.find("dtls");
    if (dtls == json.end())
        return Psk{};
    const QString pointer = config.pointer() + QStringLiteral("/dtls");
    ConfigReader d(*dtls, pointer, diagnostics, Adapters::Tr::tr("DTLS"));
    if (!dtls->is_object()) {
        diagnostics.error(pointer,
                          Adapters::Tr::tr("\"dtls\" is an object: {\"identity\", \"key\"}"));
        return std::nullopt;
    }
    Psk psk;
    psk.identity = d.string("identity", identityRequired).toUtf8();
    psk.key = d.string("key", true).toUtf8();
    if (!d.ok())
        return std::nullopt;
    if (psk.key.isEmpty()) {
        diagnostics.error(pointer + QStringLiteral("/key"),
                          Adapters::Tr::tr("the pre-shared key is empty"));
        return std::nullopt;
    }
    if (identityRequired && psk.identity.isEmpty()) {
        diagnostics.error(pointer + QStringLiteral("/identity"),
                          Adapters::Tr::tr("the identity is empty"));
        return std::nullopt;
    }
    if (!coap_dtls_is_supported()) {
        diagnostics.error(pointer, Adapters::Tr::tr("this libcoap has no DTLS support"));
        return std::nullopt;
    }
    return psk;
}

} // namespace Coap

CoapIo::CoapIo(coap_context_t *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_deadline.setSingleShot(true);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_deadline, &QTimer::timeout, this, &CoapIo::process);
    connect(&m_soon, &QTimer::timeout, this, &CoapIo::process);
    const int fd = coap_context_get_coap_fd(context);
    if (fd >= 0) {
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &CoapIo::process);
    }
}

CoapIo::~CoapIo() = default;

void CoapIo::process()
{
    if (m_processing) {
        processSoon();
        return;
    }
    m_processing = true;
    coap_io_process(m_context, COAP_IO_NO_WAIT);
    coap_tick_t now = 0;
    coap_ticks(&now);
    // The time to libcoap's next retransmission or notification; 0 = nothing is due.
    const unsigned next = coap_io_prepare_epoll(m_context, now);
    m_processing = false;
    if (next > 0)
        m_deadline.start(static_cast<int>(next));
    else
        m_deadline.stop();
}

void CoapIo::processSoon()
{
    if (!m_soon.isActive())
        m_soon.start();
}

} // namespace twinloom
