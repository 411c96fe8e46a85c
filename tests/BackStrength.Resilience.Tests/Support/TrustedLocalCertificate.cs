using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// A short-lived self-signed TLS certificate for 127.0.0.1, trusted by this user's .NET root store while it is
/// alive. The SDK fetches the channel's OpenID metadata only over HTTPS with the platform's trust, so a local
/// stand-in for the token service needs a certificate the process trusts. Removed again on dispose; it expires
/// within the hour in case a test run is killed before that.
/// </summary>
public sealed class TrustedLocalCertificate : IDisposable
{
    private readonly X509Certificate2 _publicPart;

    public TrustedLocalCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=BackStrength resilience tests (127.0.0.1)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        Certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
        _publicPart = X509CertificateLoader.LoadCertificate(Certificate.Export(X509ContentType.Cert));

        using var root = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        root.Open(OpenFlags.ReadWrite);
        root.Add(_publicPart);
    }

    /// <summary>The certificate with its private key, for the local HTTPS server.</summary>
    public X509Certificate2 Certificate { get; }

    public void Dispose()
    {
        using (var root = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            root.Open(OpenFlags.ReadWrite);
            root.Remove(_publicPart);
        }

        _publicPart.Dispose();
        Certificate.Dispose();
    }
}
